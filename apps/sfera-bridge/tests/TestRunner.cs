using System;
using System.Linq;
using System.Reflection;

namespace SferaBridge.Tests
{
    /// <summary>
    /// Runs every public static method of every *Tests class (no NuGet, so no NUnit here) and prints
    /// one TAP line per test. Exit code 1 when any failed.
    /// </summary>
    public static class TestRunner
    {
        public static int Main(string[] args)
        {
            var tests = typeof(TestRunner).Assembly.GetTypes()
                .Where(t => t.Name.EndsWith("Tests", StringComparison.Ordinal))
                .OrderBy(t => t.Name)
                .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.GetParameters().Length == 0))
                .ToList();
            Console.WriteLine("1.." + tests.Count);
            int failed = 0;
            for (int i = 0; i < tests.Count; i++)
            {
                var name = tests[i].DeclaringType.Name + "." + tests[i].Name;
                try
                {
                    tests[i].Invoke(null, null);
                    Console.WriteLine("ok " + (i + 1) + " - " + name);
                }
                catch (TargetInvocationException error)
                {
                    failed++;
                    Console.WriteLine("not ok " + (i + 1) + " - " + name);
                    Console.WriteLine("  # " + error.InnerException.GetType().Name + ": " + error.InnerException.Message.Replace("\n", "\n  # "));
                }
            }
            Console.WriteLine("# " + (tests.Count - failed) + " passed, " + failed + " failed");
            return failed == 0 ? 0 : 1;
        }
    }
}

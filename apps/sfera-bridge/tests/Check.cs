using System;

namespace SferaBridge.Tests
{
    public sealed class CheckFailed : Exception
    {
        public CheckFailed(string message) : base(message) { }
    }

    /// <summary>Assertions for the tests.</summary>
    public static class Check
    {
        public static void Equal(object expected, object actual, string what)
        {
            if (!Equals(expected, actual)) throw new CheckFailed(what + ": expected <" + expected + "> but was <" + actual + ">");
        }

        public static void True(bool condition, string what)
        {
            if (!condition) throw new CheckFailed(what);
        }

        public static void False(bool condition, string what)
        {
            if (condition) throw new CheckFailed(what);
        }

        public static T Throws<T>(Action action) where T : Exception
        {
            try
            {
                action();
            }
            catch (T expected)
            {
                return expected;
            }
            catch (Exception other)
            {
                throw new CheckFailed("expected " + typeof(T).Name + " but got " + other.GetType().Name + ": " + other.Message);
            }
            throw new CheckFailed("expected " + typeof(T).Name + " but nothing was thrown");
        }
    }
}

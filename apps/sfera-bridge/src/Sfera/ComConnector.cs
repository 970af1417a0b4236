using System;
using System.Runtime.InteropServices;
using SferaBridge.Protocol;

namespace SferaBridge.Sfera
{
    /// <summary>
    /// Starts Subiekt GT through Sfera by late binding (no vendor DLL in the repository).
    /// NEEDS A WINDOWS SERVER WITH SUBIEKT GT AND SFERA: COM activation throws anywhere else
    /// (Mono: "Unmanaged activation is not supported"); tests use tests/Fakes instead.
    ///
    /// Sequence: ecogral/api-subiekt-gt src/apisubiektgt/subiektgt.php connect() and
    /// robsonek/subiekt-bridge RealSferaSession.cs OpenSession agree: InsERT.GT and InsERT.Dodatki,
    /// Produkt = 1 (Subiekt), Autentykacja = 0 (SQL login), Serwer, Uzytkownik, UzytkownikHaslo and
    /// OperatorHaslo encrypted with Dodatki.Szyfruj, Baza, Operator, then Uruchom(0, 4).
    /// Where the others disagree: bambooooooo/Subiekt-GT-Bridge Services/SubiektGT.cs passes the
    /// passwords unencrypted and starts with Uruchom(gtaUruchomDopasujOperatora,
    /// gtaUruchomNowy | gtaUruchomWTle); Neglomen/subiekt_agent app/sfera/sfera_instance.py also
    /// passes them unencrypted and calls Uruchom(6) ("silent mode"). The two agreeing bridges win;
    /// uncertain: the meaning of 0 and 4 (robsonek: "0 = no UI, 4 = Subiekt profile").
    /// </summary>
    public sealed class ComConnector : ISferaConnector
    {
        /// <summary>REGDB_E_CLASSNOTREG: what a 64-bit process gets for a 32-bit-only COM class.</summary>
        private const int ClassNotRegistered = unchecked((int)0x80040154);

        public object Open(SessionOptions options)
        {
            if (Environment.OSVersion.Platform != PlatformID.Win32NT)
                throw new BridgeException(ErrorCodes.NotWindows, "Sfera is Windows COM: run the bridge on the Windows server where Subiekt GT is installed", false);
            if (Environment.Is64BitProcess)
                throw new BridgeException(ErrorCodes.Host64Bit, "the bridge runs as a 64-bit process, and Subiekt GT's COM is 32-bit: start the x86 build of SferaBridge.exe as it is (no 64-bit host)", false);
            var gtType = Type.GetTypeFromProgID("InsERT.GT");
            var extrasType = Type.GetTypeFromProgID("InsERT.Dodatki");
            if (gtType == null || extrasType == null)
                throw new BridgeException(ErrorCodes.NotInstalled, "Subiekt GT is not installed here: the COM class InsERT.GT is not registered", false);
            dynamic gt;
            dynamic extras;
            try
            {
                gt = Activator.CreateInstance(gtType);
                extras = Activator.CreateInstance(extrasType);
            }
            catch (COMException error)
            {
                if (error.ErrorCode == ClassNotRegistered)
                    throw new BridgeException(ErrorCodes.NotInstalled, "Subiekt GT's COM classes could not be created (0x80040154, class not registered): " + error.Message, false);
                throw;
            }
            gt.Produkt = 1;
            gt.Autentykacja = 0;
            gt.Serwer = options.Server;
            gt.Uzytkownik = options.SqlUser;
            gt.UzytkownikHaslo = extras.Szyfruj(options.SqlPassword);
            gt.Baza = options.Database;
            gt.Operator = options.Operator;
            gt.OperatorHaslo = extras.Szyfruj(options.OperatorPassword);
            return gt.Uruchom(0, 4);
        }
    }
}

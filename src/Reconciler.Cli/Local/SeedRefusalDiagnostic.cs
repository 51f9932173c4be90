using Reconciler.Emulator.Store;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Local;

/// <summary>The code a refused seed is reported under: B2B1106 for what the API would refuse, B2B1113-B2B1115 for groups and roles.</summary>
internal static class SeedRefusalDiagnostic
{
    public static Diagnostic For(string path, InvalidSeedException refused) => refused.Kind switch
    {
        SeedRefusal.Malformed => CommandLineDiagnostics.SeedDirectoryObjectInvalid(path, refused.Message),
        SeedRefusal.MemberNotFound => CommandLineDiagnostics.SeedMemberNotFound(path, refused.Message),
        SeedRefusal.MemberNotAllowed => CommandLineDiagnostics.SeedMemberNotAllowed(path, refused.Message),
        _ => CommandLineDiagnostics.SeedInvalid(path, refused.Message),
    };
}

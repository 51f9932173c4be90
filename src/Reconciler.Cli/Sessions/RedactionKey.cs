using System.Security.Cryptography;
using System.Text;
using Reconciler.Reporting;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// The secret behind <c>--redact</c>'s pseudonyms: <c>RECONCILER_REDACT_KEY</c> when set (a pipeline secret, so
/// pseudonyms stay the same from run to run), else a random key kept in <c>.reconciler/redact.key</c> beside the stack
/// (git-ignored, 0600), created on first use. Without the key, nobody can test whether an address is in a report.
/// </summary>
internal static class RedactionKey
{
    public const string Variable = "RECONCILER_REDACT_KEY";
    public const string RelativePath = ".reconciler/redact.key";

    public static async Task<Redactor> RedactorAsync(string directory, Func<string, string?> environment, CancellationToken cancellationToken) =>
        new(await KeyAsync(directory, environment, cancellationToken));

    private static async Task<byte[]> KeyAsync(string directory, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        if (environment(Variable) is { Length: > 0 } configured)
        {
            return Encoding.UTF8.GetBytes(configured);
        }
        var path = Path.Combine(directory, RelativePath);
        if (File.Exists(path) && await File.ReadAllBytesAsync(path, cancellationToken) is { Length: >= 32 } kept)
        {
            return kept;
        }
        var key = RandomNumberGenerator.GetBytes(32);
        await PrivateFile.WriteAsync(path, stream => stream.WriteAsync(key, cancellationToken).AsTask(), cancellationToken);
        return key;
    }
}

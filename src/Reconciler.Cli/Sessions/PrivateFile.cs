using System.Text;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// A file that holds personal data (guests' mail, UPN, names): created readable by its owner only (0600 on Unix),
/// written to a temp file and renamed over the target, so a reader never sees half of it. A target that is a
/// symbolic link is refused: following it would write wherever the link's owner chose.
/// </summary>
internal static class PrivateFile
{
    public static Task WriteAsync(string path, string text, CancellationToken cancellationToken) =>
        WriteAsync(path, stream => stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).AsTask(), cancellationToken);

    public static async Task WriteAsync(string path, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        if (new FileInfo(path).LinkTarget is not null)
        {
            throw new DiagnosticException(InputDiagnostics.OutputIsALink(path));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():n}.tmp";
        try
        {
            await using (var stream = new FileStream(temp, Options()))
            {
                await write(stream);
            }
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static FileStreamOptions Options()
    {
        // CreateNew: a file planted at the temp name (or a link there) is never opened.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return options;
    }
}

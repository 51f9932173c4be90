using System.Security.Cryptography;
using Reconciler.Cli.Hosting;
using Reconciler.Cli.Output;
using Reconciler.Model.Diagnostics;
using Reconciler.Planning.SavedPlans;

namespace Reconciler.Cli.Sessions;

/// <summary>The file side of saved plans: hashing the stack files, writing a plan, reading one back.</summary>
internal static class SavedPlanFiles
{
    /// <summary>
    /// SHA-256 over Pulumi.yaml and then Pulumi.&lt;stack&gt;.yaml, each preceded by its name and length, so moving
    /// bytes from one file to the other changes the hash too.
    /// </summary>
    public static string StackHash(string directory, string stackName)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in new[] { "Pulumi.yaml", $"Pulumi.{stackName}.yaml" })
        {
            var bytes = File.ReadAllBytes(Path.Combine(directory, name));
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{name}\n{bytes.Length}\n"));
            hash.AppendData(bytes);
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static async Task WriteAsync(SavedPlan plan, string file, CliIo io, CancellationToken cancellationToken)
    {
        var path = io.ResolvePath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, SavedPlanJson.Write(plan), cancellationToken);
    }

    /// <summary>The saved plan in <paramref name="file"/>; null, with its diagnostic printed, when it cannot be applied.</summary>
    public static SavedPlan? ReadOrReport(string file, CliIo io)
    {
        var path = io.ResolvePath(file);
        string? problem;
        SavedPlan? plan = null;
        if (!File.Exists(path))
        {
            problem = "the file does not exist";
        }
        else
        {
            (plan, problem) = SavedPlanJson.Read(File.ReadAllText(path));
        }

        if (plan is null)
        {
            DiagnosticWriter.Write(io, [SavedPlanDiagnostics.Unreadable(file, problem ?? "unknown")]);
        }

        return plan;
    }
}

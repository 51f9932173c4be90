using System.Text.Json.Nodes;
using Reconciler.Emulator;

namespace Reconciler.Cli.Local;

/// <summary>
/// Starts the embedded local tenant for a stack that says <c>graphUrl: local</c>: in-process, on a random
/// loopback port, with its data under <c>.reconciler/local-tenant</c> beside the stack (ignored by git), seeded on
/// first use with a realistic starting point for the sample stack so that drift shows something out of the box.
/// </summary>
internal static class LocalTenantLauncher
{
    public const string DataFolder = ".reconciler/local-tenant";

    public static async Task<Emulator.LocalTenant> StartAsync(string stackDirectory, string tenantId, bool reset, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.Combine(stackDirectory, DataFolder);
        if (reset && Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        Directory.CreateDirectory(dataDirectory);
        var seedFile = Path.Combine(dataDirectory, "seed.json");
        if (!File.Exists(seedFile))
        {
            await File.WriteAllTextAsync(seedFile, SampleSeed(tenantId), cancellationToken);
        }

        return await Emulator.LocalTenant.StartAsync(
            new EmulatorOptions { TenantId = tenantId, DataDirectory = dataDirectory, SeedFile = seedFile },
            cancellationToken);
    }

    /// <summary>The sample tenant, re-homed to the stack's tenant id so that tenant pinning holds.</summary>
    internal static string SampleSeed(string tenantId)
    {
        using var stream = typeof(LocalTenantLauncher).Assembly.GetManifestResourceStream("Reconciler.Cli.Local.sample-tenant.json")
            ?? throw new InvalidOperationException("The sample tenant is missing from the build.");
        var seed = JsonNode.Parse(stream)!.AsObject();
        seed["organization"]!["id"] = tenantId;
        return seed.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}

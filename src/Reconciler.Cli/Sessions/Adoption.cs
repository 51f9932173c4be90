using Reconciler.Cli.Schema;
using Reconciler.Loading;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Live;

namespace Reconciler.Cli.Sessions;

/// <summary>
/// `export --tenant-id` where no stack exists yet: the new stack's name, its tenant, and the project it belongs to
/// (the existing Pulumi.yaml, or a new one named b2b). The tenant id and graphUrl go through the stack loader, so
/// they are checked by the same rules (and codes) as a stack file's.
/// </summary>
internal sealed class Adoption
{
    public const string DefaultStack = "dev";

    public const string NewProject = "# The Pulumi project: its name is the config namespace (b2b:guests, b2b:conditionalAccessPolicies).\nname: b2b\nruntime: dotnet\ndescription: Microsoft Entra ID B2B guest access, adopted with reconciler export\n";

    private readonly string _directory;

    private Adoption(string directory) => _directory = directory;

    /// <summary>Set when a stack is to be created; null when the command works on an existing stack.</summary>
    public DesiredState? Desired { get; private init; }

    /// <summary>The graphUrl to write into the new stack: how the tenant was reached.</summary>
    public string? GraphUrl { get; private init; }

    public Diagnostic? Problem { get; private init; }

    private string ProjectPath => Path.Combine(_directory, StackFiles.ProjectFile);

    private string StackPath => Path.Combine(_directory, StackFiles.FileName(Desired!.StackName));

    public static Adoption For(StackTarget target, string? tenantId)
    {
        var none = new Adoption(target.Directory);
        if (tenantId is null)
        {
            return none;
        }

        if (!Guid.TryParse(tenantId, out _))
        {
            return new Adoption(target.Directory) { Problem = CommandLineDiagnostics.InvalidValue("--tenant-id", tenantId, "a tenant id (a GUID)") };
        }

        var stack = target.Stack ?? DefaultStack;
        var stackPath = Path.Combine(target.Directory, StackFiles.FileName(stack));
        var projectPath = Path.Combine(target.Directory, StackFiles.ProjectFile);
        if (File.Exists(stackPath))
        {
            // The stack exists: export it as usual, but only for the tenant it is pinned to.
            var existing = StackLoader.Load(target.Directory, stack).State;
            return existing is null || string.Equals(existing.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)
                ? none
                : new Adoption(target.Directory) { Problem = CommandLineDiagnostics.InvalidValue("--tenant-id", tenantId, $"the tenant {StackFiles.FileName(stack)} is pinned to ({existing.TenantId})") };
        }

        var project = File.Exists(projectPath) ? File.ReadAllText(projectPath) : NewProject;
        var config = $"config:\n  azuread:tenantId: {tenantId}\n";
        // Through the loader, so the project's name and the tenant id are read by the rules a stack file is.
        var loaded = StackLoader.LoadFromText(project, config, StackFiles.FileName(stack), stack);
        if (!loaded.IsValid)
        {
            var reason = loaded.Diagnostics.First(d => d.IsError);
            return new Adoption(target.Directory) { Problem = reason };
        }

        return new Adoption(target.Directory) { Desired = loaded.State, GraphUrl = target.GraphUrl };
    }

    /// <summary>Writes the stack file, and Pulumi.yaml and stack.schema.json when there are none; never replaces any.</summary>
    public async Task CreateAsync(string stackYaml, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_directory);
        if (!File.Exists(ProjectPath))
        {
            await File.WriteAllTextAsync(ProjectPath, NewProject, cancellationToken);
        }

        // The editor hint the export writes names this copy, so a project outside Reconciler's repository is checked too.
        await StackSchema.WriteCopyAsync(_directory, cancellationToken);
        await using var stream = new FileStream(StackPath, FileMode.CreateNew, FileAccess.Write);
        await using var writer = new StreamWriter(stream);
        await writer.WriteAsync(stackYaml.AsMemory(), cancellationToken);
    }

    public string Describe(LiveSnapshot live) =>
        $"Wrote {StackFiles.FileName(Desired!.StackName)} for tenant {live.Organization.TenantId}: "
        + $"{live.Users.Count(u => u.IsGuest)} guest(s), {live.ConditionalAccessPolicies.Count} policy(ies), {live.Partners.Count} partner(s). Run 'reconciler drift' to check it.";
}

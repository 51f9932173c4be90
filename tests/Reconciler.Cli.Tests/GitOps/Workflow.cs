using Reconciler.Cli.Tests.Support;
using Reconciler.Testing.Stacks;
using YamlDotNet.RepresentationModel;

namespace Reconciler.Cli.Tests.GitOps;

internal sealed record WorkflowStep(string? Name, string? Uses, string? Run, string? Id)
{
    /// <summary>The step's <c>with:</c> inputs.</summary>
    public IReadOnlyDictionary<string, string> With { get; init; } = new Dictionary<string, string>();

    public string? If { get; init; }
}

internal sealed record WorkflowJob(string Id, IReadOnlyDictionary<string, string> Permissions, IReadOnlyList<WorkflowStep> Steps)
{
    public string? If { get; init; }

    public string? Environment { get; init; }
}

/// <summary>A GitHub Actions workflow (or composite action) read with YamlDotNet, reduced to what the tests check.</summary>
internal sealed class Workflow
{
    private Workflow(string fileName, YamlMappingNode root)
    {
        FileName = fileName;
        Root = root;
    }

    public string FileName { get; }

    public YamlMappingNode Root { get; }

    public static Workflow Load(string fileName) =>
        Read(fileName, Path.Combine(Repository.Root, ".github", "workflows", fileName));

    public static Workflow LoadAction(string name) =>
        Read(name, Path.Combine(Repository.Root, ".github", "actions", name, "action.yml"));

    public IReadOnlyDictionary<string, string> Permissions => PermissionsOf(Root);

    public YamlMappingNode? Concurrency => Child(Root, "concurrency") as YamlMappingNode;

    public IReadOnlyList<WorkflowJob> Jobs =>
        Child(Root, "jobs") is YamlMappingNode jobs
            ? [.. jobs.Children.Select(j => Job(((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value))]
            : [];

    /// <summary>The composite action's steps, or every job's steps in order.</summary>
    public IReadOnlyList<WorkflowStep> Steps =>
        Child(Root, "runs") is YamlMappingNode runs ? StepsOf(runs) : [.. Jobs.SelectMany(j => j.Steps)];

    /// <summary>Each line of a `run:` script that calls the reconciler command, in the order a job runs them.</summary>
    public IReadOnlyList<string> CommandLines(string program) =>
        [.. Steps.SelectMany(s => (s.Run ?? "").Split('\n')).Select(l => l.Trim()).Where(l => l.StartsWith(program + " ", StringComparison.Ordinal))];

    /// <summary>A job's permissions: its own block, else the workflow's.</summary>
    public IReadOnlyDictionary<string, string> EffectivePermissions(WorkflowJob job) =>
        job.Permissions.Count > 0 ? job.Permissions : Permissions;

    /// <summary>A value under <c>on:</c>, e.g. <c>On("push", "branches")</c>; scalars and sequences alike, as strings.</summary>
    public IReadOnlyList<string> On(string trigger, string key) =>
        Child(Child(Child(Root, "on"), trigger), key) switch
        {
            YamlSequenceNode list => [.. list.Children.OfType<YamlScalarNode>().Select(n => n.Value!)],
            YamlScalarNode one => [one.Value!],
            _ => [],
        };

    public bool Triggers(string trigger) => Child(Root, "on") is YamlMappingNode on && on.Children.ContainsKey(new YamlScalarNode(trigger));

    public static string? Scalar(YamlNode? node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static Workflow Read(string fileName, string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return new Workflow(fileName, (YamlMappingNode)stream.Documents.Single().RootNode);
    }

    private static WorkflowJob Job(string id, YamlMappingNode node) =>
        new(id, PermissionsOf(node), StepsOf(node)) { If = Scalar(node, "if"), Environment = Scalar(node, "environment") };

    private static IReadOnlyList<WorkflowStep> StepsOf(YamlMappingNode node) =>
        Child(node, "steps") is YamlSequenceNode steps
            ? [.. steps.Children.Select(s => new WorkflowStep(Scalar(s, "name"), Scalar(s, "uses"), Scalar(s, "run"), Scalar(s, "id"))
            {
                With = Child(s, "with") is YamlMappingNode with
                    ? with.Children.ToDictionary(w => ((YamlScalarNode)w.Key).Value!, w => (w.Value as YamlScalarNode)?.Value ?? "")
                    : new Dictionary<string, string>(),
                If = Scalar(s, "if"),
            })]
            : [];

    private static IReadOnlyDictionary<string, string> PermissionsOf(YamlMappingNode node) =>
        Child(node, "permissions") is YamlMappingNode permissions
            ? permissions.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!)
            : new Dictionary<string, string>();

    private static YamlNode? Child(YamlNode? node, string key) =>
        node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
}

using System.Collections.Immutable;
using Pulumi.Testing;

namespace Reconciler.Infra.Tests;

/// <summary>Records every registration and lookup, and answers with the outputs the real providers would compute.</summary>
internal sealed class RecordingMocks : IMocks
{
    public const string BreakGlassObjectId = "b9a55000-0000-4000-8000-000000000001";

    public List<MockResourceArgs> Resources { get; } = [];

    public List<MockCallArgs> Calls { get; } = [];

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        Resources.Add(args);
        var outputs = args.Inputs.ToBuilder();
        switch (args.Type)
        {
            case "azuread:index/invitation:Invitation":
                outputs["userId"] = $"user-{args.Name}";
                outputs["redeemUrl"] = $"https://login.example/redeem/{args.Name}";
                break;
            case "azuread:index/conditionalAccessPolicy:ConditionalAccessPolicy":
                outputs["objectId"] = $"policy-{args.Name}";
                break;
        }

        return Task.FromResult<(string?, object)>(($"{args.Name}-id", outputs.ToImmutable()));
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        Calls.Add(args);
        object result = args.Token switch
        {
            "azuread:index/getUsers:getUsers" => ImmutableDictionary<string, object>.Empty
                .Add("objectIds", ImmutableArray.Create<object>(BreakGlassObjectId)),
            _ => ImmutableDictionary<string, object>.Empty,
        };
        return Task.FromResult(result);
    }

    public MockResourceArgs Single(string type) => Assert.Single(Resources, r => r.Type == type);

    /// <summary>
    /// A list input as its items, so assertions compare contents: <see cref="ImmutableArray{T}"/> compares by
    /// reference, and <c>Assert.Equal</c> binds it as a single value rather than as a collection.
    /// </summary>
    public static IReadOnlyList<string> Strings(MockResourceArgs resource, string path) =>
        [.. ((ImmutableArray<object>)At(resource, path)!).Cast<string>()];

    /// <summary>Whether an input is registered at all, walking the same paths as <see cref="At"/>.</summary>
    public static bool Has(MockResourceArgs resource, string path)
    {
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? resource.Inputs : At(resource, path[..dot]);
        return parent is IReadOnlyDictionary<string, object> map && map.ContainsKey(path[(dot + 1)..]);
    }

    /// <summary>Walks nested inputs by camelCase keys and list indexes, e.g. <c>conditions.users.excludedUsers[0]</c>.</summary>
    public static object? At(MockResourceArgs resource, string path)
    {
        object? current = resource.Inputs;
        foreach (var part in path.Split('.'))
        {
            var name = part.Split('[')[0];
            current = ((IReadOnlyDictionary<string, object>)current!)[name];
            if (part.Contains('['))
            {
                current = ((ImmutableArray<object>)current)[int.Parse(part.Split('[', ']')[1])];
            }
        }

        return current;
    }
}

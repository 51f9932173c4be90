using Reconciler.Model.ConditionalAccess;

namespace Reconciler.Loading.Export;

internal static class PolicyNodes
{
    public static Dictionary<string, object?> Policy(ConditionalAccessPolicyBody body, UserReferenceNames names)
    {
        var users = body.Conditions?.Users;
        var conditions = body.Conditions is null ? null : body.Conditions with
        {
            Users = users is null ? null : users with
            {
                IncludeUsers = names.Name(users.IncludeUsers),
                ExcludeUsers = names.Name(users.ExcludeUsers),
            },
        };

        var node = new Dictionary<string, object?> { ["displayName"] = body.DisplayName };
        AddIfPresent(node, "state", body.State);
        AddIfPresent(node, "conditions", ShapeNodes.ToNode(conditions));
        AddIfPresent(node, "grantControls", GrantControls(body.GrantControls));
        AddIfPresent(node, "sessionControls", ShapeNodes.ToNode(body.SessionControls));
        return node;
    }

    /// <summary>The stack file names the authentication strength as <c>authenticationStrength: {id}</c>, as Graph does.</summary>
    private static Dictionary<string, object?>? GrantControls(ConditionalAccessGrantControls? grant)
    {
        var node = ShapeNodes.ToNode(grant is null ? null : grant with { AuthenticationStrengthId = null });
        if (grant?.AuthenticationStrengthId is { } strength)
        {
            node ??= new Dictionary<string, object?>();
            node["authenticationStrength"] = new Dictionary<string, object?> { ["id"] = strength };
        }

        return node;
    }

    internal static void AddIfPresent(Dictionary<string, object?> node, string key, object? value)
    {
        if (value is not null)
        {
            node[key] = value;
        }
    }
}

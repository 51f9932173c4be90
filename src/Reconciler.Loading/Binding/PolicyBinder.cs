using Reconciler.Loading.Tree;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using Reconciler.Model.Planning;

namespace Reconciler.Loading.Binding;

internal static class PolicyBinder
{
    public static DesiredPolicy? Bind(Binding binding, ConfigNode node, string path) =>
        ObjectReader.Bind(binding, node, path, policy =>
        {
            var displayName = policy.Required("displayName", policy.String);
            var name = displayName ?? "";
            var id = policy.Node("id") is { } idNode ? binding.Id(idNode, policy.KeyPath("id"), IdKind.Guid) : null;
            // A policy is managed whole, and Graph has no default state to fall back on: an omitted state is refused
            // rather than read as "whatever the tenant holds".
            var ensure = EnsureBinder.Read(policy);
            var body = new ConditionalAccessPolicyBody
            {
                DisplayName = name,
                State = ensure == Ensure.Present
                    ? policy.Required("state", key => policy.Enum(key, Vocabulary.PolicyState))
                    : policy.Enum("state", Vocabulary.PolicyState),
                Conditions = policy.Object("conditions", ConditionsBinder.Bind),
                GrantControls = policy.Object("grantControls", g => ControlsBinder.Grant(g, name)),
                SessionControls = policy.Object("sessionControls", ControlsBinder.Session),
            };
            if (ensure == Ensure.Present)
            {
                CheckComplete(policy, body);
            }

            return displayName is null ? null : new DesiredPolicy
            {
                Body = body,
                Id = id,
                Ensure = ensure,
                IgnoreChanges = IgnoreChangesBinder.Read(policy, ResourceType.ConditionalAccessPolicy),
                Source = policy.Location,
            };
        });

    /// <summary>Graph refuses a policy without an application rule, a user rule, and a grant or session control.</summary>
    private static void CheckComplete(ObjectReader policy, ConditionalAccessPolicyBody body)
    {
        var at = policy.Node("conditions")?.Location ?? policy.Location;
        if (body.Conditions?.Applications is null)
        {
            policy.Binding.Report(InputDiagnostics.PolicyMissingApplications(at, body.DisplayName));
        }

        if (body.Conditions?.Users is null && body.Conditions?.ClientApplications is null)
        {
            policy.Binding.Report(InputDiagnostics.PolicyMissingUsers(at, body.DisplayName));
        }

        if (body.GrantControls is null && body.SessionControls is null)
        {
            policy.Binding.Report(InputDiagnostics.PolicyWithoutControls(policy.Location, body.DisplayName));
        }
    }
}

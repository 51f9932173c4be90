using Reconciler.Model.ConditionalAccess;
using static Reconciler.PulumiMapping.ConditionalAccess.PolicyMappingContext;

namespace Reconciler.PulumiMapping.ConditionalAccess;

internal static class GrantControlsMapper
{
    /// <summary>azuread wants the strength as Graph's relative path, not the bare id Graph's policy body carries.</summary>
    public const string AuthenticationStrengthPrefix = "/policies/authenticationStrengthPolicies/";

    public static GrantControlsModel? Map(ConditionalAccessGrantControls? grant, PolicyMappingContext context)
    {
        if (grant is null)
        {
            return null;
        }

        if (grant.Operator is null)
        {
            context.Required("grantControls.operator");
        }

        if (grant.BuiltInControls is not { Count: > 0 } && grant.AuthenticationStrengthId is null && grant.TermsOfUse is not { Count: > 0 })
        {
            context.Required("one of grantControls.builtInControls, authenticationStrength, termsOfUse");
        }

        return new GrantControlsModel(
            Operator: grant.Operator ?? string.Empty,
            BuiltInControls: List(grant.BuiltInControls),
            AuthenticationStrengthPolicyId: StrengthPath(grant.AuthenticationStrengthId),
            TermsOfUses: List(grant.TermsOfUse),
            CustomAuthenticationFactors: List(grant.CustomAuthenticationFactors));
    }

    private static string? StrengthPath(string? id) =>
        id is null || id.StartsWith(AuthenticationStrengthPrefix, StringComparison.OrdinalIgnoreCase)
            ? id
            : AuthenticationStrengthPrefix + id;
}

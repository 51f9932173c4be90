namespace Reconciler.Core.Access;

/// <summary>
/// How one sign-in fares before (live) and after (declared) a change, in one sentence for the plan, e.g.
/// "after this change, guests from Fabrikam must pass MFA for Windows Azure Service Management API,
/// satisfied by their home-tenant MFA".
/// </summary>
public sealed record SignInImpact(bool Changed, string Description)
{
    public static SignInImpact Compare(SignIn signIn, AccessDecision before, AccessDecision after, CrossTenantTrust? names = null)
    {
        var changed = !SameOutcome(before.Outcome, after.Outcome);
        var subject = Subject(signIn.User, names ?? CrossTenantTrust.None);
        var app = KnownApplications.NameOf(signIn.ApplicationId) ?? signIn.ApplicationId ?? "any app";
        var sentence = $"{subject.Name} {Predicate(after.Outcome, app, subject.Plural)}";
        return new SignInImpact(changed, changed ? $"after this change, {sentence}" : $"no change: {sentence}");
    }

    private static bool SameOutcome(AccessOutcome a, AccessOutcome b) =>
        a.Result == b.Result && a.Enforced == b.Enforced && a.Mfa == b.Mfa && a.BlockReason == b.BlockReason
        && a.RequiredControls.ToHashSet(StringComparer.OrdinalIgnoreCase).SetEquals(b.RequiredControls);

    private static (string Name, bool Plural) Subject(SignInUser user, CrossTenantTrust names)
    {
        var tenant = names.NameOf(user.HomeTenantId) ?? user.HomeTenantId;
        return user.ExternalUserType switch
        {
            null => (user.ToString(), false),
            ExternalUserType.InternalGuest => ("internal guests", true),
            _ when tenant is null => ($"{Kind(user.ExternalUserType.Value)} from an unknown tenant", true),
            var type => ($"{Kind(type.Value)} from {tenant}", true),
        };
    }

    private static string Kind(ExternalUserType type) => type switch
    {
        ExternalUserType.B2bDirectConnectUser => "B2B direct connect users",
        ExternalUserType.B2bCollaborationGuest or ExternalUserType.B2bCollaborationMember => "guests",
        ExternalUserType.ServiceProvider => "service provider users",
        _ => "external users",
    };

    private static string Predicate(AccessOutcome outcome, string app, bool plural)
    {
        var predicate = outcome switch
        {
            { Result: AccessResult.NoPolicy } => $"{(plural ? "sign" : "signs")} in to {app} with no Conditional Access policy applying",
            { BlockReason: BlockReason.DirectConnectMfaNotTrusted } =>
                $"{(plural ? "are" : "is")} blocked from {app}: MFA is required and their home-tenant MFA is not trusted",
            { Result: AccessResult.Block } => $"{(plural ? "are" : "is")} blocked from {app}",
            _ => Requirements(outcome, app),
        };
        return outcome.Enforced || outcome.Result == AccessResult.NoPolicy ? predicate : $"{predicate} (report-only, not enforced)";
    }

    private static string Requirements(AccessOutcome outcome, string app)
    {
        var others = outcome.RequiredControls
            .Where(c => c is not GrantRequirement.Mfa and not GrantRequirement.AuthenticationStrength)
            .ToList();
        var satisfy = others.Count == 0 ? "" : $"satisfy {string.Join(", ", others)}";
        return outcome.Mfa switch
        {
            MfaSatisfaction.HomeTenant => $"must pass MFA{And(satisfy)} for {app}, satisfied by their home-tenant MFA",
            MfaSatisfaction.ResourceTenant => $"must pass MFA{And(satisfy)} for {app}, registering and performing it in this tenant",
            _ when others.Count > 0 => $"must {satisfy} for {app}",
            _ => $"can sign in to {app} (only session controls apply)",
        };
    }

    private static string And(string satisfy) => satisfy.Length == 0 ? "" : $" and {satisfy}";
}

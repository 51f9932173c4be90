using Reconciler.Model.Access;
using Reconciler.Model.Desired;
using Reconciler.Model.Identity;
using Reconciler.Model.Live;

namespace Reconciler.Access;

/// <summary>
/// What a person asks <c>reconciler whatif</c>: a user (email or object id) signing in to an app, and the details
/// around it. Without a user, <see cref="GuestType"/> (and <see cref="HomeTenantId"/>) describe a synthetic external
/// user: "any B2B collaboration guest from Fabrikam".
/// </summary>
public sealed record WhatIfQuery
{
    public string? User { get; init; }

    public required string ApplicationId { get; init; }

    /// <summary>Makes the user an external user of this type; a declared guest is a B2B collaboration guest unless told otherwise.</summary>
    public ExternalUserType? GuestType { get; init; }

    public string? HomeTenantId { get; init; }

    public string? ClientApp { get; init; }

    public string? DevicePlatform { get; init; }

    public string? Location { get; init; }

    public string? SignInRisk { get; init; }

    public string? UserRisk { get; init; }

    /// <summary>Every group that holds the user (object ids), when the caller says; null leaves it to the tenant, or unknown.</summary>
    public IReadOnlyList<string>? GroupIds { get; init; }

    /// <summary>The role template ids the user holds, when the caller says; null as for <see cref="GroupIds"/>.</summary>
    public IReadOnlyList<string>? RoleIds { get; init; }

    /// <summary>
    /// Builds the sign-in. The user is a guest when the query says so, when the stack declares the email as a guest,
    /// or when the live tenant holds the user as a guest; otherwise a member. Knowing both the id and the email lets
    /// policies that reference either (emails in a stack file, ids in the tenant) match. An external user's home
    /// tenant, unless given, is the one the live tenant found for the email's domain.
    /// </summary>
    public SignIn ToSignIn(DesiredState? desired, LiveSnapshot? live)
    {
        if (User is null)
        {
            return SignInFor(new SignInUser { ExternalUserType = GuestType ?? ExternalUserType.B2bCollaborationGuest, HomeTenantId = HomeTenantId });
        }

        var liveUser = live?.Users.FirstOrDefault(u =>
            string.Equals(u.Id, User, StringComparison.OrdinalIgnoreCase)
            || string.Equals(u.Mail, User, StringComparison.OrdinalIgnoreCase)
            || string.Equals(u.UserPrincipalName, User, StringComparison.OrdinalIgnoreCase));
        var email = User.Contains('@', StringComparison.Ordinal) ? User : liveUser?.Mail;
        var id = liveUser?.Id ?? (Guid.TryParse(User, out _) ? User : null);

        var declaredGuest = email is not null && desired is not null
            && desired.Guests.Any(g => g.Ensure == Ensure.Present && string.Equals(g.Email, email, StringComparison.OrdinalIgnoreCase));
        var type = GuestType ?? (declaredGuest || liveUser?.IsGuest == true ? ExternalUserType.B2bCollaborationGuest : null);

        var inferred = HomeTenantId is null && type is not null && email is not null ? live?.HomeTenantOf(email) : null;
        var user = type is null
            ? SignInUser.Member(id, email)
            : new SignInUser
            {
                Id = id,
                Email = email,
                ExternalUserType = type,
                HomeTenantId = HomeTenantId ?? inferred,
                HomeTenantInferredFrom = inferred is null ? null : EmailAddress.DomainOf(email!),
            };

        return SignInFor(user);
    }

    private SignIn SignInFor(SignInUser user) =>
        new()
        {
            User = user,
            GroupIds = GroupIds,
            RoleIds = RoleIds,
            ApplicationId = ApplicationId,
            ClientApp = ClientApp,
            DevicePlatform = DevicePlatform,
            Location = Location is null ? null : SignInLocation.Parse(Location),
            SignInRisk = SignInRisk,
            UserRisk = UserRisk,
        };
}

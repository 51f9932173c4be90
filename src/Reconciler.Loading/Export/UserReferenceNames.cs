using Reconciler.Core.Live;

namespace Reconciler.Core.Export;

/// <summary>
/// Turns user object ids back into emails where the snapshot knows the user, because a stack that says
/// <c>excludeUsers: [breakglass@contoso.example]</c> is reviewable and one full of GUIDs is not.
/// </summary>
internal sealed class UserReferenceNames
{
    private readonly Dictionary<string, string> _emailById;

    private UserReferenceNames(Dictionary<string, string> emailById) => _emailById = emailById;

    public static UserReferenceNames From(LiveSnapshot live)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in live.Users)
        {
            var email = user.Mail ?? (user.IsGuest ? null : user.UserPrincipalName);
            if (!string.IsNullOrEmpty(email))
            {
                map.TryAdd(user.Id, email);
            }
        }

        return new UserReferenceNames(map);
    }

    public IReadOnlyList<string>? Name(IReadOnlyList<string>? references) =>
        references?.Select(r => _emailById.TryGetValue(r, out var email) ? email : r).ToList();
}

using Reconciler.Model.Live;

namespace Reconciler.Loading.Export;

/// <summary>
/// Turns user object ids back into emails or UPNs where the snapshot knows the user, because a stack that says
/// <c>excludeUsers: [breakglass@contoso.example]</c> is reviewable and one full of GUIDs is not. An id stays an id
/// only when nothing else identifies the user.
/// </summary>
internal sealed class UserReferenceNames
{
    private readonly Dictionary<string, string> _nameById;

    private UserReferenceNames(Dictionary<string, string> nameById) => _nameById = nameById;

    public static UserReferenceNames From(LiveSnapshot live)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in live.Users)
        {
            // The stack resolves a reference by mail or UPN (a guest's UPN is its #EXT# form), so either names the user.
            var name = string.IsNullOrEmpty(user.Mail) ? user.UserPrincipalName : user.Mail;
            if (!string.IsNullOrEmpty(name))
            {
                map.TryAdd(user.Id, name);
            }
        }

        return new UserReferenceNames(map);
    }

    public bool Knows(string id) => _nameById.ContainsKey(id);

    public IReadOnlyList<string>? Name(IReadOnlyList<string>? references) =>
        references?.Select(r => _nameById.TryGetValue(r, out var name) ? name : r).ToList();

    /// <summary>Ids (GUIDs) in the policies' includeUsers and excludeUsers that no user in the snapshot answers to.</summary>
    public IReadOnlyCollection<string> Unnamed(LiveSnapshot live) =>
    [
        .. live.ConditionalAccessPolicies
            .Select(p => p.Body.Conditions?.Users)
            .SelectMany(u => (u?.IncludeUsers ?? []).Concat(u?.ExcludeUsers ?? []))
            .Where(r => Guid.TryParse(r, out _) && !Knows(r))
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];
}

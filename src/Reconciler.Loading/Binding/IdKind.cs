using System.Collections.Immutable;
using Reconciler.Model.Desired;

namespace Reconciler.Loading.Binding;

/// <summary>What an id list may hold besides GUIDs: Graph's special tokens, and (for users) emails resolved later.</summary>
internal sealed record IdKind(ImmutableArray<string> Tokens, bool AllowsEmail = false)
{
    public static readonly IdKind Guid = new([]);
    public static readonly IdKind TenantId = Guid;
    public static readonly IdKind Users = new(["All", "None", "GuestsOrExternalUsers"], AllowsEmail: true);
    public static readonly IdKind Groups = Guid;
    public static readonly IdKind Roles = Guid;
    public static readonly IdKind Applications = new(["All", "None", "Office365", "MicrosoftAdminPortals"]);
    public static readonly IdKind Locations = new(["All", "AllTrusted"]);
    public static readonly IdKind ServicePrincipals = new(["All", "None", "ServicePrincipalsInMyTenant"]);
    public static readonly IdKind AccessTargets = new(["AllUsers", "AllApplications", "Office365"]);
}

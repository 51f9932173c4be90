using Reconciler.Model.Live;

namespace Reconciler.Model.Tenant;

/// <summary>
/// Every guest of a tenant as an incremental read left them, and the opaque link (Graph's <c>users/delta</c>
/// deltaLink) that returns only what changed since. Kept between runs by the caller; the core never stores it.
/// </summary>
public sealed record GuestCache(string TenantId, string DeltaLink, IReadOnlyList<LiveUser> Guests);

using Reconciler.Model.Tenant;

namespace Reconciler.Planning.Tenant;

/// <summary>How far a long read has got: guest pages fetched so far and the guests on them.</summary>
public sealed record ReadProgress(int GuestPages, int GuestsRead);

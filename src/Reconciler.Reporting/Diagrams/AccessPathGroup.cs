namespace Reconciler.Reporting.Diagrams;

/// <summary>
/// Guests whose sign-ins take the same paths: declared guests of one home tenant, any guest of a partner, or any
/// guest of a tenant with no partner settings. <see cref="Guests"/> counts the declared guests folded into it.
/// </summary>
public sealed record AccessPathGroup(int Index, AccessPathGroupKind Kind, string Label, int Guests = 0);

public enum AccessPathGroupKind
{
    DeclaredGuests,
    PartnerGuests,
    AnyOtherTenant,
}

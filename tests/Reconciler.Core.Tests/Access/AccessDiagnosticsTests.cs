using Reconciler.Access;
using Reconciler.Loading;
using Reconciler.Model.Access;
using Reconciler.Model.ConditionalAccess;
using Reconciler.Model.CrossTenant;
using Reconciler.Model.Desired;
using Reconciler.Reporting.Access;
using static Reconciler.Core.Tests.Access.Tutorial;

namespace Reconciler.Core.Tests.Access;

public class AccessDiagnosticsTests
{
    private static readonly GuestUnderTest AlexGuest = new(Alex);

    private static DesiredCrossTenantAccess Access(bool? fabrikamMfa, B2BSetting? defaultInbound = null, B2BSetting? partnerInbound = null) => new()
    {
        Default = new CrossTenantSettings { InboundTrust = new() { IsMfaAccepted = false }, B2bCollaborationInbound = defaultInbound },
        Partners =
        [
            new DesiredPartner
            {
                TenantId = FabrikamTenant,
                Name = "Fabrikam",
                Settings = new() { InboundTrust = new() { IsMfaAccepted = fabrikamMfa }, B2bCollaborationInbound = partnerInbound },
            },
        ],
    };

    private static string[] Codes(IReadOnlyList<PolicyUnderTest> policies, DesiredCrossTenantAccess? access, params GuestUnderTest[] guests) =>
        AccessDiagnostics.Check(guests, policies, access).Select(d => d.Code).ToArray();

    [Fact]
    public void TheTutorialWithFabrikamTrustedIsClean() =>
        Assert.Empty(Codes([new(GuestMfaPolicy)], Access(fabrikamMfa: true), AlexGuest));

    [Fact]
    public void GuestsFromAnUntrustedTenantMustRegisterMfaHereWithB2B2101()
    {
        var diagnostic = AccessDiagnostics.Check([AlexGuest], [new(GuestMfaPolicy)], Access(fabrikamMfa: false)).Single();

        Assert.Equal("B2B2101", diagnostic.Code);
        Assert.Contains("guests from Fabrikam", diagnostic.Message);
    }

    [Fact]
    public void APartnerAllowingInboundCollaborationTheDefaultBlocksWeakensItWithB2B2102()
    {
        var blocked = new B2BSetting { UsersAndGroups = new() { AccessType = "blocked", Targets = [new("AllUsers", "user")] } };
        var allowed = new B2BSetting { UsersAndGroups = new() { AccessType = "allowed", Targets = [new("AllUsers", "user")] } };

        Assert.Equal(["B2B2102"], Codes([new(GuestMfaPolicy)], Access(true, blocked, allowed), AlexGuest));
        Assert.Empty(Codes([new(GuestMfaPolicy)], Access(true, allowed, blocked), AlexGuest));
    }

    [Fact]
    public void AGuestNoEnabledMfaPolicyCoversIsReportedWithB2B2103()
    {
        var reportOnly = GuestMfaPolicy with { State = PolicyState.ReportOnly };

        Assert.Equal(["B2B2103"], Codes([], Access(true), AlexGuest));
        var diagnostic = AccessDiagnostics.Check([AlexGuest], [new(reportOnly)], Access(true)).Single();
        Assert.Equal("B2B2103", diagnostic.Code);
        Assert.Contains("report-only", diagnostic.Message);
    }

    [Fact]
    public void RequiringMfaOfDirectConnectUsersWithoutTrustBlocksThemWithB2B2104()
    {
        var directConnect = GuestMfaPolicy.WithUsers(u => u with
        {
            IncludeGuestsOrExternalUsers = new() { GuestOrExternalUserTypes = ["b2bDirectConnectUser"], ExternalTenants = new() { MembershipKind = "all" } },
        });

        Assert.Equal(["B2B2104"], Codes([new(directConnect)], Access(true)));
    }
}

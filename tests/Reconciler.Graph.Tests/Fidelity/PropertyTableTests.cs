using System.Text.Json.Nodes;
using Microsoft.Kiota.Abstractions.Store;
using Reconciler.Graph.Guests;
using Reconciler.Graph.Mapping;
using Reconciler.Model.Desired;
using Reconciler.Model.Planning;
using Reconciler.Testing.Properties;

namespace Reconciler.Graph.Tests.Fidelity;

/// <summary>
/// The property table against the Microsoft.Graph SDK's v1.0 models, the schema oracle: every property the SDK knows
/// for a type the table reaches is classified, and every name the table gives is one the SDK has (or, for the names
/// marked "not in the v1.0 model", one it does not). A new SDK version that adds a property fails here until the table
/// says what Reconciler does with it.
/// </summary>
public class PropertyTableTests
{
    public static TheoryData<string> Sections() => [.. PropertyTable.Sections.Select(s => s.SdkType)];

    [Theory]
    [MemberData(nameof(Sections))]
    public void EverySdkPropertyIsClassified(string sdkType)
    {
        var section = PropertyTable.Section(sdkType)!;
        var classified = section.Rows.Where(r => r.Classification != Classification.NotInV1Model).Select(r => r.Name).ToHashSet();

        var unclassified = SdkModel.Properties(SdkModel.Type(sdkType)).Select(p => p.Name).Where(n => !classified.Contains(n)).ToList();

        Assert.True(!section.Complete || unclassified.Count == 0, $"{section.GraphName}: the SDK knows {string.Join(", ", unclassified)}, which the table does not classify");
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void EveryNameInTheTableIsTheSdksOrSaidNotToBe(string sdkType)
    {
        var section = PropertyTable.Section(sdkType)!;
        var sdk = SdkModel.Properties(SdkModel.Type(sdkType)).Select(p => p.Name).ToHashSet();

        var unknown = section.Rows.Where(r => r.Classification != Classification.NotInV1Model && !sdk.Contains(r.Name)).Select(r => r.Name).ToList();
        var known = section.Rows.Where(r => r.Classification == Classification.NotInV1Model && sdk.Contains(r.Name)).Select(r => r.Name).ToList();

        Assert.True(unknown.Count == 0, $"{section.GraphName}: the table names {string.Join(", ", unknown)}, which the SDK does not have");
        Assert.True(known.Count == 0, $"{section.GraphName}: the SDK now has {string.Join(", ", known)}; classify it as a v1.0 property");
        Assert.Equal(section.Rows.Count, section.Rows.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void EveryModelledObjectHasItsOwnSectionAndEverySectionIsReached()
    {
        var reached = PropertyTable.Kinds.SelectMany(PropertyTable.Reached).ToHashSet();
        var missing = PropertyTable.Sections
            .SelectMany(s => SdkModel.Properties(SdkModel.Type(s.SdkType))
                .Where(p => p.ModelType is not null && s.Row(p.Name)?.Classification == Classification.Modelled && PropertyTable.Section(p.ModelType.Name) is null)
                .Select(p => $"{s.GraphName}.{p.Name} ({p.ModelType!.Name})"))
            .ToList();

        Assert.True(missing.Count == 0, $"modelled objects without a section: {string.Join(", ", missing)}");
        Assert.Empty(PropertyTable.Sections.Where(s => !reached.Contains(s)).Select(s => s.SdkType));
    }

    [Fact]
    public void EveryRoundTripLeafHasASampleThatIsNotGraphsDefault()
    {
        var leaves = PropertyTable.Kinds.SelectMany(k => PropertyTable.RoundTripLeaves(k).Select(l => (k.GraphName, l.Path, l.Row))).ToList();

        var without = leaves.Where(l => l.Row.SampleValue is null or JsonArray { Count: 0 } || l.Row.Sample is "\"\"").Select(l => $"{l.GraphName}:{l.Path}").ToList();

        Assert.True(without.Count == 0, $"round-trip leaves without a non-default sample: {string.Join(", ", without)}");
        Assert.True(leaves.Count > 60, $"only {leaves.Count} round-trip leaves: {string.Join(", ", leaves.Select(l => $"{l.GraphName}:{l.Path}"))}");
    }

    /// <summary>What the Graph port selects when it reads a user, and sets when it patches one, is what the user rows name.</summary>
    [Fact]
    public void TheUserRowsAreWhatTheGraphPortReadsAndWrites()
    {
        var rows = PropertyTable.Section("User")!.Rows.Select(r => r.Name).ToHashSet();
        var patched = Written(GuestWriter.Patch(new UpdateGuest("id", "a@b.example", "Name", AccountEnabled: false, UserType: "Member")));

        var touched = UserFromGraph.DeletedSelect.Concat(patched).ToHashSet();

        Assert.Equal(string.Join(", ", rows.Order()), string.Join(", ", touched.Order()));
    }

    /// <summary>What the Graph port sends in an invitation is what the invitation rows say it writes, and no more.</summary>
    [Fact]
    public void TheInvitationRowsAreWhatTheGraphPortSends()
    {
        var guest = new DesiredGuest
        {
            Email = "a@b.example",
            DisplayName = "A",
            RedirectUrl = "https://example.com",
            SendInvitationMessage = true,
            InvitationMessage = "Hi",
            UserType = "Member",
        };
        var invitation = GuestWriter.Invitation(guest);
        var sent = Written(invitation).Concat(Written(invitation.InvitedUserMessageInfo!).Select(n => "invitedUserMessageInfo." + n)).ToHashSet();

        var claimed = PropertyTable.Section("Invitation")!.Rows.Where(r => r.Classification == Classification.Modelled && r[Layer.GraphWrite].Carries).Select(r => r.Name)
            .Concat(PropertyTable.Section("InvitedUserMessageInfo")!.Rows.Where(r => r.Classification == Classification.Modelled).Select(r => "invitedUserMessageInfo." + r.Name))
            .ToHashSet();

        Assert.Equal(string.Join(", ", claimed.Order()), string.Join(", ", sent.Order()));
    }

    private static IEnumerable<string> Written(IBackedModel model) =>
        model.BackingStore.Enumerate().Select(e => e.Key).Where(k => k != "@odata.type" && !k.Equals("additionalData", StringComparison.OrdinalIgnoreCase));
}

using System.Text.Json.Nodes;
using Reconciler.Core.Normalisation;

namespace Reconciler.Core.Tests.Normalisation;

public class TreeOverlayTests
{
    [Fact]
    public void LiveValuesTheDeclarationLeavesOutSurvive()
    {
        var live = JsonNode.Parse("""{"users":{"includeUsers":["All"],"excludeGroups":["g1"]},"clientAppTypes":["all"]}""")!.AsObject();
        var declared = JsonNode.Parse("""{"users":{"includeUsers":["u1"]}}""")!.AsObject();

        var overlaid = TreeOverlay.Overlay(live, declared);

        Assert.Equal("""{"users":{"includeUsers":["u1"],"excludeGroups":["g1"]},"clientAppTypes":["all"]}""", overlaid.ToJsonString());
    }

    [Fact]
    public void ListsAreReplacedWholeNotMerged()
    {
        var live = JsonNode.Parse("""{"builtInControls":["mfa","compliantDevice"]}""")!.AsObject();
        var declared = JsonNode.Parse("""{"builtInControls":["mfa"]}""")!.AsObject();

        Assert.Equal("""{"builtInControls":["mfa"]}""", TreeOverlay.Overlay(live, declared).ToJsonString());
    }

    [Fact]
    public void OverlayOnlyKeepsTheNamedTopLevelProperties()
    {
        var live = JsonNode.Parse("""{"state":"disabled","conditions":{"a":1}}""")!.AsObject();
        var declared = JsonNode.Parse("""{"state":"enabled","conditions":{"a":1}}""")!.AsObject();

        Assert.Equal("""{"state":"enabled"}""", TreeOverlay.OverlayOnly(live, declared, new HashSet<string> { "state" }).ToJsonString());
    }
}

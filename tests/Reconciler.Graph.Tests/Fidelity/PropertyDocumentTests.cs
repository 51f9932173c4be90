using Reconciler.Testing.Properties;
using Reconciler.Testing.Stacks;

namespace Reconciler.Graph.Tests.Fidelity;

/// <summary>docs/properties.md is the property table, rendered: a change to the table that is not in the docs fails here.</summary>
public class PropertyDocumentTests
{
    [Fact]
    public void PropertyTableDocumentIsTheRenderedTable()
    {
        var path = Path.Combine(Repository.Root, "docs", "properties.md");
        var rendered = PropertyTableMarkdown.Render();
        if (Environment.GetEnvironmentVariable("UPDATE_BASELINES") == "1")
        {
            File.WriteAllText(path, rendered);
        }

        var written = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        Assert.True(written == rendered,
            "docs/properties.md is not the rendered property table; refresh it: UPDATE_BASELINES=1 dotnet test tests/Reconciler.Graph.Tests --filter PropertyTable");
    }
}

using System.Text.Json;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Serialization.Json;
using Microsoft.Kiota.Serialization.Text;

namespace Reconciler.Graph.Transport;

/// <summary>
/// JSON from Graph is read one way only. An object that names a property twice (<c>"mail":"mallory@…","mail":"alex@…"</c>)
/// could be read as one value by one reader and as the other by the next, so every reader refuses it as malformed:
/// these options for our documents, and <see cref="ParseNodes"/> for the SDK's typed models.
/// </summary>
internal static class StrictJson
{
    public static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    /// <summary>The SDK's parsers with its JSON one swapped for one that refuses duplicate properties.</summary>
    public static ParseNodeFactoryRegistry ParseNodes()
    {
        var registry = new ParseNodeFactoryRegistry();
        registry.ContentTypeAssociatedFactories["application/json"] = new StrictParseNodeFactory();
        registry.ContentTypeAssociatedFactories["text/plain"] = new TextParseNodeFactory();
        return registry;
    }

    private sealed class StrictParseNodeFactory : IParseNodeFactory
    {
        public string ValidContentType => "application/json";

        public async Task<IParseNode> GetRootParseNodeAsync(string contentType, Stream content, CancellationToken cancellationToken = default)
        {
            using var document = await JsonDocument.ParseAsync(content, Options, cancellationToken);
            return new JsonParseNode(document.RootElement.Clone());
        }
    }
}

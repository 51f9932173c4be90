using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Reconciler.Graph.Transport;

/// <summary>Keeps a copy of the response body of the latest attempt, for checks the typed SDK models cannot make.</summary>
internal sealed class RawBody
{
    private BodyInspectionHandlerOption _latest = new();

    public void Attach<T>(RequestConfiguration<T> configuration)
        where T : class, new()
    {
        _latest = new BodyInspectionHandlerOption { InspectResponseBody = true };
        configuration.Options.Add(_latest);
    }

    /// <summary>The parsed body, or null when there was none or it was not JSON (the typed call would have failed already).</summary>
    public JsonDocument? Parse()
    {
        if (_latest.ResponseBody is not { CanRead: true } body)
        {
            return null;
        }
        try
        {
            body.Position = 0;
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

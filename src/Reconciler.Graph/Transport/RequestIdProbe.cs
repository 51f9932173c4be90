using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace Reconciler.Graph.Transport;

/// <summary>Captures Graph's <c>request-id</c> response header of the latest attempt, for support cases and reports.</summary>
internal sealed class RequestIdProbe
{
    private HeadersInspectionHandlerOption _latest = new();

    public string? RequestId => GraphFailure.HeaderValue(_latest.ResponseHeaders, "request-id");

    public void Attach<T>(RequestConfiguration<T> configuration)
        where T : class, new()
    {
        _latest = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
        configuration.Options.Add(_latest);
    }
}

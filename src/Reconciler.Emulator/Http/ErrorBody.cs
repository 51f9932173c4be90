using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Http;

/// <summary>Graph's error envelope. The SDK turns it into ODataError only when it is JSON, so it is always JSON.</summary>
internal static class ErrorBody
{
    public static JsonObject Render(GraphError error, string requestId, string? clientRequestId) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = error.Code,
            ["message"] = error.Message,
            ["innerError"] = new JsonObject
            {
                ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss"),
                ["request-id"] = requestId,
                ["client-request-id"] = clientRequestId ?? requestId,
            },
        },
    };
}

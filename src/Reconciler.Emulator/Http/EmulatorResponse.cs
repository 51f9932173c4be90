using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Http;

/// <summary>What a handler answers. Error bodies are rendered later, once the request id is known.</summary>
internal sealed class EmulatorResponse
{
    public int Status { get; init; }
    public JsonNode? Json { get; init; }
    public string? Text { get; init; }

    /// <summary>The content type of <see cref="Text"/>; plain text unless a fault imitates something else.</summary>
    public string TextContentType { get; init; } = "text/plain";
    public GraphError? Error { get; init; }
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Set by the drop-connection fault: the transport aborts instead of answering.</summary>
    public bool AbortConnection { get; init; }

    public bool IsSuccess => Status is >= 200 and < 300;

    public static EmulatorResponse Ok(JsonNode json) => new() { Status = 200, Json = json };
    public static EmulatorResponse Created(JsonNode json) => new() { Status = 201, Json = json };
    public static EmulatorResponse NoContent() => new() { Status = 204 };
    public static EmulatorResponse PlainText(string text) => new() { Status = 200, Text = text };
    public static EmulatorResponse Raw(int status, string contentType, string text) => new() { Status = status, Text = text, TextContentType = contentType };
    public static EmulatorResponse Abort() => new() { Status = 0, AbortConnection = true };

    public static EmulatorResponse Fail(int status, string code, string message) =>
        new() { Status = status, Error = new GraphError(code, message) };

    public static EmulatorResponse BadRequest(string message) => Fail(400, "Request_BadRequest", message);
    public static EmulatorResponse UnsupportedQuery(string message) => Fail(400, "Request_UnsupportedQuery", message);

    public static EmulatorResponse NotFound(string id) => Fail(404, "Request_ResourceNotFound",
        $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");
}

internal sealed record GraphError(string Code, string Message);

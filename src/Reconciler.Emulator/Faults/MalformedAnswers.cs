using Reconciler.Emulator.Http;

namespace Reconciler.Emulator;

/// <summary>Answers no Graph service sends but a client still meets: cut-off JSON, the wrong shape, a gateway's HTML, a flood.</summary>
internal static class MalformedAnswers
{
    private const string Json = "application/json";
    private const int HugeBytes = 50 * 1024 * 1024;

    public static EmulatorResponse For(FaultKind kind) => kind switch
    {
        FaultKind.Truncated => EmulatorResponse.Raw(200, Json, """{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#users","value":[{"id":"4c8f"""),
        FaultKind.WrongTypes => EmulatorResponse.Raw(200, Json, """{"id":42,"value":"not a list","displayName":{"a":1},"tenantId":[],"inboundTrust":"yes","conditions":7}"""),
        FaultKind.Html => EmulatorResponse.Raw(502, "text/html", "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"),
        _ => EmulatorResponse.Raw(200, Json, Flood()),
    };

    private static string Flood()
    {
        const string item = """{"id":"00000000-0000-0000-0000-000000000000","displayName":"x"},""";
        return """{"value":[""" + string.Concat(Enumerable.Repeat(item, HugeBytes / item.Length));
    }
}

using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Store;

/// <summary>A group or directory role on its way into the store: where it came from, its Graph JSON and its member ids.</summary>
internal sealed record DirectoryEntry(string Place, string? Name, string Id, JsonObject Data, IReadOnlyList<string> Members);

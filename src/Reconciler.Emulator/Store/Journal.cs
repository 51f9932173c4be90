using System.Text;
using System.Text.Json.Nodes;

namespace Reconciler.Emulator.Store;

/// <summary>
/// Crash-safe persistence: <c>snapshot.jsonl</c> (full state, replaced atomically via temp + rename) and
/// <c>journal.jsonl</c> (one committed change per line, appended and flushed). Both hold the same entry
/// format, so loading is "replay snapshot, then journal". A torn final journal line (crash mid-append) is
/// dropped and cut off, so the next append starts on a clean line. Writes cost O(change), not O(tenant).
/// </summary>
internal sealed class Journal : IDisposable
{
    private const string SnapshotName = "snapshot.jsonl";
    private const string JournalName = "journal.jsonl";
    private readonly string _directory;
    private FileStream _journal;

    private Journal(string directory, FileStream journal)
    {
        _directory = directory;
        _journal = journal;
    }

    public int AppendedSinceSnapshot { get; private set; }

    public static Journal Open(string directory, out List<JsonObject> entries)
    {
        Directory.CreateDirectory(directory);
        entries = [];
        var snapshot = Path.Combine(directory, SnapshotName);
        if (File.Exists(snapshot))
        {
            ReadEntries(snapshot, entries, out _);
        }
        var journalPath = Path.Combine(directory, JournalName);
        var validLength = File.Exists(journalPath) ? ReadEntries(journalPath, entries, out _) : 0;
        var stream = new FileStream(journalPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
        stream.SetLength(validLength);
        stream.Seek(0, SeekOrigin.End);
        return new Journal(directory, stream);
    }

    public void Append(JsonObject entry)
    {
        var bytes = Encoding.UTF8.GetBytes(entry.ToJsonString() + "\n");
        _journal.Write(bytes);
        // Flush to the OS so a killed process loses nothing; fsync per write would make bulk runs crawl.
        _journal.Flush(flushToDisk: false);
        AppendedSinceSnapshot++;
    }

    /// <summary>Writes the full state to a temp file, renames it over the snapshot, then empties the journal.</summary>
    public void WriteSnapshot(IEnumerable<JsonObject> state)
    {
        var target = Path.Combine(_directory, SnapshotName);
        var temp = target + ".tmp";
        using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
        {
            foreach (var entry in state)
            {
                writer.Write(entry.ToJsonString());
                writer.Write('\n');
            }
            writer.Flush();
            ((FileStream)writer.BaseStream).Flush(flushToDisk: true);
        }
        File.Move(temp, target, overwrite: true);
        // A crash before this truncation only means the journal is replayed over the new snapshot:
        // entries are whole-object upserts, so replaying them twice gives the same state.
        _journal.SetLength(0);
        _journal.Flush(flushToDisk: true);
        AppendedSinceSnapshot = 0;
    }

    public void Dispose() => _journal.Dispose();

    /// <summary>Reads complete lines; returns the byte length of the valid prefix.</summary>
    private static long ReadEntries(string path, List<JsonObject> into, out bool torn)
    {
        var bytes = File.ReadAllBytes(path);
        long valid = 0;
        var start = 0;
        torn = false;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var complete = end >= 0;
            var line = Encoding.UTF8.GetString(bytes, start, (complete ? end : bytes.Length) - start);
            JsonObject? entry = null;
            if (complete)
            {
                try
                {
                    entry = JsonNode.Parse(line) as JsonObject;
                }
                catch (System.Text.Json.JsonException)
                {
                    entry = null;
                }
            }
            if (entry is null)
            {
                if (line.Trim().Length == 0 && complete)
                {
                    start = end + 1;
                    valid = start;
                    continue;
                }
                torn = true;
                break;
            }
            into.Add(entry);
            start = end + 1;
            valid = start;
        }
        return valid;
    }
}

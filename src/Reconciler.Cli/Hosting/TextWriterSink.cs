using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace Reconciler.Cli.Hosting;

/// <summary>Writes log events to the CLI's error writer, so tests and redirected runs capture exactly what a person would see.</summary>
internal sealed class TextWriterSink(TextWriter writer) : ILogEventSink
{
    private readonly ITextFormatter _formatter = new MessageTemplateTextFormatter(
        "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}",
        System.Globalization.CultureInfo.InvariantCulture);

    private readonly Lock _gate = new();

    public void Emit(LogEvent logEvent)
    {
        lock (_gate)
        {
            _formatter.Format(logEvent, writer);
            writer.Flush();
        }
    }
}

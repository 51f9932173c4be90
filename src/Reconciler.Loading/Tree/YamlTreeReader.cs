using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Reconciler.Model.Desired;
using Reconciler.Model.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Reconciler.Loading.Tree;

/// <summary>
/// Reads the first YAML document into a <see cref="ConfigNode"/> tree, keeping every node's line and column.
/// Works on parser events rather than a deserializer so positions survive and alias expansion can be bounded.
/// </summary>
internal sealed partial class YamlTreeReader
{
    private readonly string _file;
    private readonly YamlLimits _limits;
    private readonly Dictionary<string, (ConfigNode Node, int Size)> _anchors = [];
    private readonly List<Diagnostic> _diagnostics = [];
    private Scanner _scanner = null!;
    private IParser _parser = null!;
    private long _expanded;

    private YamlTreeReader(string file, YamlLimits limits) => (_file, _limits) = (file, limits);

    public static (ConfigNode? Root, ImmutableArray<Diagnostic> Diagnostics) Read(string text, string file, YamlLimits? limits = null)
    {
        var reader = new YamlTreeReader(file, limits ?? YamlLimits.Default);
        try
        {
            var root = reader.ReadDocument(text);
            return (root, [.. reader._diagnostics]);
        }
        catch (YamlException e)
        {
            var at = reader.At(e.Start);
            return (null, [InputDiagnostics.YamlSyntax(at, FirstSentence(e.Message))]);
        }
        catch (LimitExceededException e)
        {
            return (null, [InputDiagnostics.YamlTooComplex(e.At, e.Limit)]);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these rather than a YamlException for some malformed text (a flow collection left
            // open across a dedent, a tag glued to a bracket); to the person editing the file it is a syntax error.
            return (null, [InputDiagnostics.YamlSyntax(reader.At(reader._scanner.CurrentPosition), "the text cannot be read from here on; look for an unclosed bracket or quote, or a misplaced tag")]);
        }
    }

    private ConfigNode? ReadDocument(string text)
    {
        var input = new StringReader(text);
        if (text.StartsWith('\uFEFF'))
        {
            // A byte order mark is invisible in an editor; YamlDotNet would make it part of the first key.
            input.Read();
        }

        _scanner = new Scanner(input);
        _parser = new Parser(_scanner);
        _parser.Consume<StreamStart>();
        if (_parser.Accept<StreamEnd>(out _))
        {
            return null;
        }

        _parser.Consume<DocumentStart>();
        var root = _parser.Accept<DocumentEnd>(out _) ? null : ReadNode(depth: 0).Node;
        _parser.Consume<DocumentEnd>();
        if (_parser.Accept<DocumentStart>(out var second))
        {
            // Pulumi reads only the first document; values below a second '---' would look declared but do nothing.
            _diagnostics.Add(InputDiagnostics.SeveralDocuments(At(second.Start)));
        }

        return root;
    }

    private (ConfigNode Node, int Size) ReadNode(int depth)
    {
        var at = At(_parser.Current!.Start);
        if (depth > _limits.MaxDepth)
        {
            throw new LimitExceededException(at, $"{_limits.MaxDepth} levels of nesting");
        }

        if (_parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (!_anchors.TryGetValue(alias.Value.Value, out var target))
            {
                throw new YamlException(alias.Start, alias.End, $"Alias *{alias.Value.Value} refers to no anchor");
            }

            // Only what aliases add is bounded here: the file's own nodes are bounded by its size.
            CountExpansion(target.Size, at);
            return target;
        }

        var (anchor, result) = _parser.Current switch
        {
            Scalar scalar => (scalar.Anchor, ReadScalar(at)),
            SequenceStart sequence => (sequence.Anchor, ReadSequence(at, depth)),
            MappingStart mapping => (mapping.Anchor, ReadMapping(at, depth)),
            var other => throw new YamlException(other!.Start, other.End, $"Unexpected {other.GetType().Name}"),
        };

        if (!anchor.IsEmpty)
        {
            _anchors[anchor.Value] = result;
        }

        return result;
    }

    private (ConfigNode, int) ReadScalar(SourceLocation at)
    {
        var scalar = _parser.Consume<Scalar>();
        var kind = scalar.Style == ScalarStyle.Plain ? PlainKind(scalar.Value) : ScalarKind.String;
        return (new ConfigScalar(at, scalar.Value, kind), 1);
    }

    private (ConfigNode, int) ReadSequence(SourceLocation at, int depth)
    {
        _parser.Consume<SequenceStart>();
        var items = ImmutableArray.CreateBuilder<ConfigNode>();
        var size = 1;
        while (!_parser.TryConsume<SequenceEnd>(out _))
        {
            var (item, itemSize) = ReadNode(depth + 1);
            items.Add(item);
            size += itemSize;
        }

        return (new ConfigArray(at, items.ToImmutable()), size);
    }

    private (ConfigNode, int) ReadMapping(SourceLocation at, int depth)
    {
        _parser.Consume<MappingStart>();
        var properties = ImmutableArray.CreateBuilder<ConfigProperty>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var size = 1;
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            var keyAt = At(_parser.Current!.Start);
            var (key, keySize) = ReadNode(depth + 1);
            var (value, valueSize) = ReadNode(depth + 1);
            size += keySize + valueSize;
            if (key is not ConfigScalar { Text: var name })
            {
                _diagnostics.Add(InputDiagnostics.WrongType(keyAt, "A mapping key", "a plain name", key.KindName));
                continue;
            }

            if (!names.Add(name))
            {
                _diagnostics.Add(InputDiagnostics.DuplicateKey(keyAt, name));
                continue;
            }

            properties.Add(new ConfigProperty(name, keyAt, value));
        }

        if (properties is [{ Key: "secure", Value: ConfigScalar }])
        {
            return (new ConfigSecure(at), size);
        }

        return (new ConfigObject(at, properties.ToImmutable()), size);
    }

    private void CountExpansion(int nodes, SourceLocation at)
    {
        _expanded += nodes;
        if (_expanded > _limits.MaxExpandedNodes)
        {
            throw new LimitExceededException(at, $"{_limits.MaxExpandedNodes} nodes after alias expansion");
        }
    }

    private SourceLocation At(Mark mark) => new(_file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static ScalarKind PlainKind(string text) => text switch
    {
        "" or "~" or "null" or "Null" or "NULL" => ScalarKind.Null,
        "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => ScalarKind.Boolean,
        _ when NumberPattern().IsMatch(text) => ScalarKind.Number,
        _ => ScalarKind.String,
    };

    private static string FirstSentence(string message)
    {
        var text = message.Contains("): ", StringComparison.Ordinal) ? message[(message.IndexOf("): ", StringComparison.Ordinal) + 3)..] : message;
        return text.TrimEnd('.');
    }

    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+)$")]
    private static partial Regex NumberPattern();

    private sealed class LimitExceededException(SourceLocation at, string limit) : Exception(limit)
    {
        public SourceLocation At { get; } = at;

        public string Limit { get; } = limit;
    }
}

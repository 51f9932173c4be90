using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;

namespace Reconciler.Infra.Tests;

/// <summary>
/// A client of Pulumi's <c>pulumirpc.ResourceProvider</c> service built from the service and message descriptors that
/// ship in the Pulumi package. The generated client and messages are internal to that assembly, so requests are made
/// by field name through protobuf reflection: the same wire bytes the engine sends, with no copy of the proto files.
/// </summary>
internal sealed class PluginClient(CallInvoker invoker)
{
    private const string Service = "pulumirpc.ResourceProvider";

    private static readonly Assembly Pulumi = typeof(global::Pulumi.Deployment).Assembly;

    private static readonly ServiceDescriptor ResourceProvider =
        (ServiceDescriptor)Pulumi.GetType("Pulumirpc.ResourceProvider", throwOnError: true)!
            .GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!
            .GetValue(null)!;

    /// <summary>Calls one method, e.g. <c>Create</c>, with the request's fields given by their proto names.</summary>
    public async Task<Message> CallAsync(string method, params (string Field, object Value)[] fields)
    {
        var descriptor = ResourceProvider.FindMethodByName(method) ?? throw new ArgumentException($"no method {method}", nameof(method));
        var request = New(descriptor.InputType);
        foreach (var (field, value) in fields)
        {
            Field(descriptor.InputType, field).Accessor.SetValue(request, value);
        }

        var call = new Method<IMessage, IMessage>(
            MethodType.Unary,
            Service,
            method,
            Marshallers.Create(m => m.ToByteArray(), bytes => New(descriptor.InputType, bytes)),
            Marshallers.Create(m => m.ToByteArray(), bytes => New(descriptor.OutputType, bytes)));
        var response = await invoker.AsyncUnaryCall(call, host: null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(60)), request);
        return new Message(response);
    }

    private static IMessage New(MessageDescriptor type, byte[]? bytes = null) =>
        bytes is null ? (IMessage)Activator.CreateInstance(type.ClrType)! : type.Parser.ParseFrom(bytes);

    private static FieldDescriptor Field(MessageDescriptor type, string name) =>
        type.FindFieldByName(name) ?? throw new ArgumentException($"{type.Name} has no field {name}", nameof(name));

    /// <summary>An answer, read by field name.</summary>
    public sealed class Message(IMessage message)
    {
        public object? this[string field] => Field(message.Descriptor, field).Accessor.GetValue(message);

        public string Text(string field) => (string)this[field]!;

        public bool Flag(string field) => (bool)this[field]!;

        public global::Google.Protobuf.WellKnownTypes.Struct Struct(string field) =>
            (global::Google.Protobuf.WellKnownTypes.Struct?)this[field] ?? new();

        /// <summary>An enum field by its C# name, e.g. <c>DiffSome</c>.</summary>
        public string Enum(string field) => this[field]!.ToString()!;

        public IReadOnlyList<string> Texts(string field) => ((System.Collections.IEnumerable)this[field]!).Cast<string>().ToList();

        public IReadOnlyList<Message> Messages(string field) =>
            ((System.Collections.IEnumerable)this[field]!).Cast<IMessage>().Select(m => new Message(m)).ToList();
    }
}

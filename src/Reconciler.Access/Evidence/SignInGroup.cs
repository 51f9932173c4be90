using Reconciler.Model.Evidence;

namespace Reconciler.Access.Evidence;

/// <summary>Sign-ins with the same facts: how many, how the log named the user and the app, the service's verdicts, and a few examples.</summary>
public sealed class SignInGroup(SignInFacts facts, RecordedSignIn first)
{
    public const int ExampleCount = 3;

    private readonly List<SignInExample> _examples = [];

    public SignInFacts Facts { get; } = facts;

    public int Count { get; private set; }

    public string? UserPrincipalName { get; } = first.UserPrincipalName;

    public string? UserDisplayName { get; } = first.UserDisplayName;

    public string? AppDisplayName { get; } = first.AppDisplayName;

    public IReadOnlyList<AppliedPolicyResult> ServiceResults { get; } = first.AppliedPolicies;

    /// <summary>The newest few, since the log pages newest first.</summary>
    public IReadOnlyList<SignInExample> Examples => _examples;

    internal void Add(RecordedSignIn signIn)
    {
        Count++;
        if (_examples.Count < ExampleCount)
        {
            _examples.Add(new SignInExample(signIn.Id, signIn.CreatedDateTime));
        }
    }
}

/// <summary>One sign-in a report can point at: its id in the log and when it happened.</summary>
public sealed record SignInExample(string Id, DateTimeOffset At);

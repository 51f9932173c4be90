using Pulumi;
using Pulumi.AzureAD;
using Reconciler.PulumiMapping;

namespace Reconciler.Infra.Stack;

/// <summary>Turns Core's user references into inputs: a literal, a declared guest's <c>UserId</c>, or a directory lookup.</summary>
internal sealed class UserReferenceInputs(IReadOnlyDictionary<string, Invitation> invitations)
{
    public Input<string> Resolve(UserReference reference) => reference switch
    {
        UserReference.Literal literal => literal.Value,
        UserReference.DeclaredGuest guest => invitations[guest.Email].UserId,
        UserReference.ExistingUser user => LookUp(user.Email),
        _ => throw new ArgumentOutOfRangeException(nameof(reference), reference, "unknown user reference"),
    };

    /// <summary>
    /// A member account (a break-glass account) is found by its UPN, which often has no mailbox behind it; a guest
    /// invited outside this stack has the address only as mail. <c>GetUser</c> fails the run when neither matches.
    /// </summary>
    private static Output<string> LookUp(string email) =>
        GetUsers.Invoke(new GetUsersInvokeArgs { UserPrincipalNames = { email }, IgnoreMissing = true })
            .Apply(found => found.ObjectIds.Length > 0
                ? Output.Create(found.ObjectIds[0])
                : GetUser.Invoke(new GetUserInvokeArgs { Mail = email }).Apply(user => user.ObjectId));
}

using Reconciler.Model.Access;
using Reconciler.Model.Diagnostics;

namespace Reconciler.Access;

/// <summary>A declared guest as the access checks see it: who it is and where it was declared.</summary>
public sealed record GuestUnderTest(SignInUser User, SourceLocation? Source = null);

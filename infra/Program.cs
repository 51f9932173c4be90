using Pulumi;
using Reconciler.Infra.Stack;

return await Deployment.RunAsync(B2bProgram.Declare);

namespace Reconciler.Testing.Properties;

/// <summary>Ids the table's samples use, so the round trip can seed the objects they point at.</summary>
public static class Samples
{
    /// <summary>A member both tenants of the round trip hold under the same id, so a policy may name it.</summary>
    public const string MemberId = "6c9f1f3e-5a7b-4c2d-8e9f-0a1b2c3d4e5f";

    public const string MemberUpn = "breakglass@contoso.onmicrosoft.com";

    public const string MemberMail = "breakglass@contoso.example";

    public const string GroupId = "ba8e7ded-8b0f-4836-ba06-8ff1ecc5c8ba";

    public const string AppId = "797f4846-ba00-4fd7-ba43-dac1f8f63013";

    public const string TenantId = "3d1b2c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d";

    public const string Rule = "\"device.isCompliant -eq True\"";
}

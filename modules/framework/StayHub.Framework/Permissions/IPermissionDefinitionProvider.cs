namespace StayHub.Framework.Permissions;

/// <summary>One per module: declares its permissions (architecture rule 5).</summary>
public interface IPermissionDefinitionProvider
{
    void Define(PermissionDefinitionContext context);
}

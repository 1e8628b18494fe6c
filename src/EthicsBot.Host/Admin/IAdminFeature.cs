namespace EthicsBot.Host.Admin;

/// <summary>
/// A feature's admin endpoints. Register with <c>services.AddAdminFeature&lt;T&gt;()</c>; <c>MapAdmin</c> calls
/// <see cref="Map"/> once with the /api/admin group, which already checks the key (401), the body size (413), turns
/// failures into problem details without a stack trace, and records endpoints marked <c>.Audited("action")</c>.
/// </summary>
public interface IAdminFeature
{
    void Map(RouteGroupBuilder admin);
}

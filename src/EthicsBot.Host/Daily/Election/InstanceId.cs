namespace EthicsBot.Host.Daily.Election;

using System.Globalization;

/// <summary>Names this process in leases (delivery rows, the sender role); a restarted process is a new owner.</summary>
internal sealed class InstanceId
{
    public string Value { get; } = string.Create(CultureInfo.InvariantCulture,
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
}

using Microsoft.Extensions.Logging;

namespace Norme48.Redaction.Tests;

internal static partial class CustomerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderNumber} placed")]
    public static partial void OrderPlaced(ILogger logger, string orderNumber, [LogProperties] Customer customer);
}

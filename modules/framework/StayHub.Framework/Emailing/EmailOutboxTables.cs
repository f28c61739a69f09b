using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StayHub.Framework.Emailing;

internal static class EmailOutboxTables
{
    public const string Deliveries = "email_deliveries";
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Stripe;
using PayoutAppService = StayHub.Payments.Application.PayoutAppService;
using StayHub.Booking.Contracts;
using StayHub.Framework;
using StayHub.Framework.Application;
using StayHub.Framework.DataProtection;
using StayHub.Framework.Jobs;
using StayHub.Framework.Messaging;
using StayHub.Framework.Modularity;
using StayHub.Framework.Permissions;
using StayHub.Identity.Contracts;
using StayHub.Payments.Contracts;
using StayHub.Payments.Providers;

namespace StayHub.Payments;

internal sealed class PaymentsPermissionDefinitionProvider : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context) => context
        .Group("Payments", "Payments")
        .Group("Payments.Payments", "Payments")
        .Group("Payments.Payouts", "Payouts")
        .Add(PaymentPermissions.PaymentsManage, "See every payment and refund any of them", Roles.Admin)
        .Add(PaymentPermissions.PayoutsManageOwn, "See one's payouts and set one's payout account", Roles.Host);
}

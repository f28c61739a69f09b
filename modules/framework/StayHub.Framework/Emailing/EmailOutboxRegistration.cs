using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StayHub.Framework.Emailing;

/// <summary>An email outbox the worker drains.</summary>
internal sealed record EmailOutboxRegistration(Type ContextType);

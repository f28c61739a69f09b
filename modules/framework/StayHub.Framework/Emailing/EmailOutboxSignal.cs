using StayHub.Framework.Messaging;

namespace StayHub.Framework.Emailing;

/// <summary>Wakes this node's email worker when mail was committed here, instead of waiting for the next poll.</summary>
internal sealed class EmailOutboxSignal : WakeUpSignal;

"""Chart builders: functions returning matplotlib Figures, built without pyplot or Qt."""

#pragma once
// Test support: sets the TZ environment for one test and restores it afterwards, so calendar and
// scheduling tests can cross a daylight-saving change in Europe/Berlin on any machine.

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

namespace wortkiste::testing {

struct TimeZone {
  std::optional<std::string> m_old;
  explicit TimeZone(const char* zone) {
    if (const char* old = std::getenv("TZ")) {
      m_old = old;
    }
    setenv("TZ", zone, 1);
    tzset();
  }
  TimeZone(const TimeZone&) = delete;
  TimeZone& operator=(const TimeZone&) = delete;
  ~TimeZone() {
    if (m_old) {
      setenv("TZ", m_old->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }
};

} // namespace wortkiste::testing

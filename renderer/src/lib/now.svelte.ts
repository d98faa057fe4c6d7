/**
 * A clock for running timers and countdowns. Call it while a component initialises: the interval
 * lives exactly as long as that component (cleared by the effect's cleanup).
 */
export function useNow(intervalMs = 1000): { readonly ms: number } {
  let ms = $state(Date.now());
  $effect(() => {
    ms = Date.now();
    const timer = setInterval(() => {
      ms = Date.now();
    }, intervalMs);
    return () => clearInterval(timer);
  });
  return {
    get ms() {
      return ms;
    },
  };
}

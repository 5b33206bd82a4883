export default defineContentScript({
  registration: 'runtime',
  allFrames: true,
  main() {
    document.documentElement.dataset.powerOfMany = 'ready';
  },
});
